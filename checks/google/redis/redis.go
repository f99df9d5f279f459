// Package redis holds the checks for Memorystore for Redis instances
// (google_redis_instance).
package redis

const instanceType = "google_redis_instance"
