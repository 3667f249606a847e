"""Where conversations live: SQLite through aiosqlite, the only place with SQL."""

from bot.store.sqlite import (
    Chore,
    StaleState,
    StepWrite,
    Store,
    StoreBusy,
    StoreClosed,
    StoreUnusable,
)

__all__ = ["Chore", "StaleState", "StepWrite", "Store", "StoreBusy", "StoreClosed", "StoreUnusable"]
