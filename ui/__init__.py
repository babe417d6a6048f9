"""The edges: the command line and the Streamlit front end.  Only here are stores built from settings."""
