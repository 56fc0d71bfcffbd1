"""Tests for the Brewpit integration."""
