// Command catalog is a gin service run with no address: gin listens on
// $PORT, else on 8080.
package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.Default()
	r.GET("/items", func(c *gin.Context) {})
	r.Run()
}
