"""Trainable models: TF-IDF linear classifiers, the SpinModel, corpus reading, training and metrics."""
