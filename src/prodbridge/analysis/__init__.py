"""Analysis over the model: headings, lengths, characters, intimacy detection, compliance."""
