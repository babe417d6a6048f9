"""Benchmarks: a synthetic plan corpus (generate), the runner (run), profiles (profile)."""
