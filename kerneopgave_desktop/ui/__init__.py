"""Main window, start page, inspector and dialogs."""
