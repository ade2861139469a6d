"""After the signature on screen: the deal's Money tab, attachments, receivables."""
