// Stage placeholder: replaced as the stage is built.
