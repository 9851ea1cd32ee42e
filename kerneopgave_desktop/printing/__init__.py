"""The PDF report (reportlab), drawn from the model. Qt-free."""
