// History: placeholder until its issue lands.
