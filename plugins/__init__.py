"""Built-in rule families of checker, each registered through the `checker` entry point group."""
