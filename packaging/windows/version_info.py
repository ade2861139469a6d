"""The version resource of dealbrief.exe, made from the package version (pyproject.toml).

packaging/dealbrief.spec passes it to PyInstaller's EXE on Windows, so Explorer shows the version
and packaging/windows/dealbrief.iss reads it back (ProductVersion) instead of being told by hand.
version_info() needs PyInstaller's win32 classes, which import pefile (installed with PyInstaller
on Windows only); the rest is plain Python and is tested on any system.
"""

from __future__ import annotations

import re

US_ENGLISH_UNICODE = "040904B0"  # the language/code page most tools read first


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as '.dev1' or 'rc1' is left out."""
    found = re.match(r"\d+(?:\.\d+){0,3}", version)
    if found is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [int(part) for part in found.group(0).split(".")]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_strings(version: str) -> dict[str, str]:
    """The StringFileInfo table: what Explorer shows and what dealbrief.iss reads."""
    return {
        "CompanyName": "The Dealbrief authors",
        "FileDescription": "Dealbrief",
        "FileVersion": version,
        "InternalName": "dealbrief",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "dealbrief.exe",
        "ProductName": "Dealbrief",
        "ProductVersion": version,
    }


def version_info(version: str):  # -> PyInstaller's VSVersionInfo
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_numbers(version)
    strings = version_strings(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(US_ENGLISH_UNICODE,
                                        [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
