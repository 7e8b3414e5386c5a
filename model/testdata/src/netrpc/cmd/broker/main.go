// Command broker calls logger and task over net/rpc.
package main

import (
	"net/rpc"
	"os"
)

func main() {
	logger, _ := rpc.Dial("tcp", "logger:5001")
	var resp string
	logger.Call("RPCServer.LogInfo", struct{ Name, Data string }{"a", "b"}, &resp)
	logger.Call("RPCServer.Count", nil, &resp)       // not served: the dial's host decides
	logger.Call(os.Getenv("LOG_METHOD"), nil, &resp) // a name not known: the dial's host decides
	task, _ := rpc.DialHTTP("tcp", "task:5002")
	var id int
	task.Call("Tasks.Create", "x", &id)
}
