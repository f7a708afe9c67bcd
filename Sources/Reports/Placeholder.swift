// Reports: placeholder until its issue lands.
