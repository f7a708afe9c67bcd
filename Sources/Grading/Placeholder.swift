// Grading: the model lives in Model/; the grader lands with its issue.
