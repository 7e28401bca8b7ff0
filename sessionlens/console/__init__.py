"""What the command line shows people: progress while work runs, summaries and status."""
