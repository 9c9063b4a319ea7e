"""Storage adapters: SQLAlchemy mapping, repositories, the unit of work, migrations (and later the footage vault)."""
