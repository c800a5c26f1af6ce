#!/usr/bin/env bash
# Builds the four app images from the fast-jars. Needs Docker (with BuildKit) and a prior build:
#   mvn -B package -DskipTests
#   REGISTRY=registry.example.org/tradehub TAG=0.1.0 deploy/images/build.sh [--push]
set -euo pipefail
cd "$(dirname "$0")/../.."
REGISTRY=${REGISTRY:-tradehub}
TAG=${TAG:-$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || echo latest)}
# name  module-dir
APPS=("industry services/industry" "commerce services/commerce" "border-trade services/border-trade" "gateway gateway")
for entry in "${APPS[@]}"; do
  read -r name dir <<<"$entry"
  [ -f "$dir/target/quarkus-app/quarkus-run.jar" ] || { echo "missing $dir/target/quarkus-app: run mvn package first" >&2; exit 1; }
  DOCKER_BUILDKIT=1 docker build -f deploy/images/Dockerfile.jvm --build-arg APP_DIR="$dir" -t "$REGISTRY/$name:$TAG" .
  if [ "${1:-}" = "--push" ]; then docker push "$REGISTRY/$name:$TAG"; fi
done
