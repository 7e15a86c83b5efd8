# frozen_string_literal: true

Gem::Specification.new do |spec|
  spec.name          = "ikim-cayman"
  spec.version       = "0.1.0"
  spec.authors       = ["Fixture Author"]
  spec.summary       = "A Cayman-like project page theme for the conformance fixtures."
  spec.license       = "MIT"
  spec.files         = []
  spec.add_runtime_dependency "jekyll", "> 3.5", "< 5.0"
  spec.add_runtime_dependency "jekyll-seo-tag", "~> 2.0"
  spec.add_development_dependency "html-proofer", "~> 3.0"
end
