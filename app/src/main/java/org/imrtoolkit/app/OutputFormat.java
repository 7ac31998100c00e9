package org.imrtoolkit.app;

/** How a command writes its rows: CSV (RFC 4180) or JSON Lines (one object per row, nested lists kept nested). */
public enum OutputFormat {
    CSV, JSONL
}
