"""Pipeline stages, one module each; every stage maps Document -> Document."""
