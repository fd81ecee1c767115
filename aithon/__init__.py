"""AIthon: unchanged Python asyncio programs compiled through an actor dialect to native code."""

__version__ = "0.1.0"
