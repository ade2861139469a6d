"""Benchmarks for Dealbrief at a real seller's scale, and the generator of the large book.

`python -m bench.largebook -o PATH` builds the large book; `python -m bench` measures it.
Nothing here is part of the test run's pass/fail: the benchmark always exits 0.
"""
