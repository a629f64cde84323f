"""The review report's page template, stylesheet and script, inlined into every page it writes."""
