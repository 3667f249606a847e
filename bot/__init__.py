"""Brug, a companion for people who feel lonely (README.md)."""

from bot import compiled

COMPILED = compiled.prefer_current()  # before any module that mypyc may compile
