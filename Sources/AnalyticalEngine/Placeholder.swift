// AnalyticalEngine: placeholder until its issue lands.
