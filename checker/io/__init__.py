"""Reading the inputs of a check and writing the fixes back."""

# The input formats by name, in the order of checker.io.inputs.LOADERS (the loader of each is
# there): the command line's --input-format choices, known without importing the loaders.
INPUT_FORMATS = ("txt", "md", "html", "json", "jsonl")
