"""Stage 4: normalizers (numbers, dates, places, people, titles) and bundled reference data."""
