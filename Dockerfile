# The release image: the static tenantlint binary alone, run as a non-root user.
# GoReleaser (dockers_v2 in .goreleaser.yaml) builds it with the binary of each platform
# in $TARGETPLATFORM/; nothing else is copied in and nothing runs at build time.
FROM scratch
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/tenantlint /tenantlint
# 65532: the conventional "nonroot" ID; scratch has no /etc/passwd, a numeric ID suffices.
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["/tenantlint"]
