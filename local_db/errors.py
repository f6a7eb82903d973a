"""Typed storage errors, sorted into what the officer can fix and what is a bug."""

from __future__ import annotations


class StorageError(Exception):
    """Base class; ``environment`` errors get a plain message with retry, others a crash dialog."""

    environment = False


class WrongKeyError(StorageError):
    environment = True


class NewerSchemaError(StorageError):
    environment = True


class DatabaseMissingError(StorageError):
    environment = True


class EnvironmentProblem(StorageError):
    """Locked, read-only, disk full: tell the officer and offer a retry."""

    environment = True


ENVIRONMENT_MARKERS = ("database is locked", "readonly", "read-only", "disk is full", "disk i/o")


def is_environment_problem(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in ENVIRONMENT_MARKERS)
