"""`dealbrief demo`: fill the book with the bilingual demo."""

from __future__ import annotations

import argparse

from desktop.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="add a realistic bilingual demo to the book")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(write=True)(_run)(args)


def _run(args: argparse.Namespace, services: Services) -> int:
    from desktop.services.demo import DemoAlreadyPresent, fill_demo

    try:
        summary = fill_demo(services)
    except DemoAlreadyPresent:
        print(f"The demo is already in {services.book.path}; nothing added.")
        return 0
    parts = ", ".join(f"{n} {kind}" for kind, n in summary.counts.items())
    print(f"Added the demo to {services.book.path}: {parts}.")
    return 0
