# expect: security_violation
# Connects to the TCP listener the test opened on the host's loopback (port in argv[2]).
import socket, sys
connection = socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=2)
connection.sendall(b"escaped")
print("connected")
