"""Built-in pipeline stages, one module per Document field they fill."""
