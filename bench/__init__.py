"""Benchmarks for Dealbrief at a real seller's scale, and the generator of the large book.

`python -m bench` measures every budget of the speed issue on the large book and prints one
table (bench/__main__.py lists how to run each part alone); `python -m bench.largebook -o PATH`
builds the large book; `python -m bench.search` and `python -m bench.print` give the detailed
search and document tables. Nothing here is part of the test run's pass/fail: the benchmark
always exits 0.
"""
