"""Alembic environment: runs migrations on the engine the app hands over (no alembic.ini, no URL in files)."""

from __future__ import annotations

from alembic import context

from storage.orm import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
