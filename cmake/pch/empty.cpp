// The translation unit a precompiled-header host target needs; it holds nothing.
