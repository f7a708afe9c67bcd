# expect: runtime_error
# stderr: Address family not supported
# Connects to the TCP listener the test opened on the host's loopback (port in argv[2]).
# The filter refuses every socket but AF_UNIX (EAFNOSUPPORT), so Python raises.
import socket, sys
connection = socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=2)
connection.sendall(b"escaped")
print("connected")
