"""The footage player (п.6, п.13): recordings played straight from the vault's decrypting stream, the segments
of one issue as one timeline, a clock overlay with the recording's wall-clock time, stills for the act, and
every look (opening, seeking, a still) in the audit trail."""
