"""Small reusable pieces: layouts, plot items, icons, throttles."""
