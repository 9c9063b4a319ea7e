"""Qt table models, one per table, fed plain domain objects (never ORM rows)."""
