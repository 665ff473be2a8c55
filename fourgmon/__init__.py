"""fourgmon: field monitor and built-in TCP server for 4G pressure-monitoring modules."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fourgmon")
except PackageNotFoundError:  # running from a source tree or a frozen build without metadata
    __version__ = "0.1.0"
