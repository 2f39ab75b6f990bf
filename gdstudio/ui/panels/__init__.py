"""The panels: one class per view of the controller (data space, parameter space, loss curve, slices,
update rule, values, grid search), each built once from the controller and the Look."""
