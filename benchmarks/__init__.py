"""Benchmark suite (`make bench`, `python -m benchmarks`): each figure beside a floor measured in the same run."""
