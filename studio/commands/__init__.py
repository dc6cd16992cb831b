"""CLI commands, one module per area; each module has `register(group)` adding its commands."""
