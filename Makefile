# Everyday targets; each is one or two plain go commands, so the same works without make.
#   make build     bin/tenantlint, stamped with `git describe` when in a git checkout
#   make install   into $(go env GOPATH)/bin
#   make test      go test ./...
#   make lint      go vet and golangci-lint (version pinned in .ci/run)
#   make ci        everything CI runs (.ci/run, which calls .ci/extra)
#
# Without -ldflags the version comes from Go's build info: the module version for
# `go install github.com/tenantlint/tenantlint/cmd/tenantlint@v1.2.3`, else "dev".

GO      ?= go
BIN     ?= bin/tenantlint
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null)
LDFLAGS := $(if $(VERSION),-X main.version=$(VERSION))

.PHONY: build install test lint ci test-precommit test-action clean

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/tenantlint

install:
	$(GO) install -ldflags '$(LDFLAGS)' ./cmd/tenantlint

test:
	$(GO) test ./...

lint:
	$(GO) vet ./...
	golangci-lint run ./...

ci:
	.ci/run

test-precommit:
	scripts/test-precommit.sh

test-action:
	scripts/test-action.sh

clean:
	rm -rf bin
