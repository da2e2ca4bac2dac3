"""The site's domain model, built from validated sources, and the pure functions it rests on: dates, statuses, slugs, page paths."""
