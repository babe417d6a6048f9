"""The pages of the Streamlit app (``ui/app.py`` routes them with ``st.navigation``)."""
