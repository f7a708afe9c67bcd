// Sandbox: placeholder until its issue lands.
