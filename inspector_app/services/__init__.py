"""Use-case services: each operation opens one unit of work, checks the actor's permission, and commits."""
